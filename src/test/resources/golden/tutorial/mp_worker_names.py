import multiprocessing as mp
from multiprocessing import current_process
def name(_):
    return current_process().name.split('-')[0]
if __name__ == '__main__':
    with mp.Pool(2) as p: print(set(p.map(name, range(4))))
    with mp.get_context('spawn').Pool(1) as p: print(set(p.map(name, range(2))))
    print(mp.get_context('fork').Process().name.split('-')[0], mp.Process().name.split('-')[0], mp.get_context().Process.__name__)
    with mp.get_context('fork').Pool(1) as p: print(set(p.map(name, range(2))))
    try:
        mp.set_start_method('spawn')
    except RuntimeError as e:
        print('RuntimeError:', e)
    mp.set_start_method('spawn', force=True)
    with mp.Pool(1) as p: print(set(p.map(name, range(2))))
    from concurrent.futures import ProcessPoolExecutor
    with ProcessPoolExecutor(1) as ex: print(ex.submit(name, 0).result())
