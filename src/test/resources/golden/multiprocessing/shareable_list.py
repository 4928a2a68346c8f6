# shared_memory.ShareableList: CPython's layout, shared with fork and spawn children and with a
# second ShareableList attached by name; errors for full slots and bad indexes.
import multiprocessing as mp
from multiprocessing import shared_memory

def child(sl):
    sl[0] = sl[0] * 2
    sl[3] = 'hi'
    sl[5] = None
    sl[-1] = 2.5

if __name__ == '__main__':
    sl = shared_memory.ShareableList([7, 1.5, True, 'howdy', b'raw', None, -3, 'x' * 9, 0.0])
    print(list(sl), len(sl), sl.format)
    print(sl[2], sl[-2], sl.count(True), sl.index('howdy'))
    for method in ('fork', 'spawn'):
        p = mp.get_context(method).Process(target=child, args=(sl,))
        p.start(); p.join()
        print(method, list(sl))
    other = shared_memory.ShareableList(name=sl.shm.name)
    other[4] = b'bytes!'
    other[1] = 42
    print(list(sl), sl.format)
    try:
        sl[3] = 'too long for the slot'
    except ValueError as e:
        print('ValueError', e)
    try:
        sl[9]
    except IndexError as e:
        print('IndexError', e)
    try:
        sl[9] = 1
    except IndexError as e:
        print('IndexError', e)
    try:
        sl.index('nope')
    except ValueError as e:
        print('ValueError', e)
    print(repr(sl).startswith('ShareableList([14, 42, True,'), sl.shm.size)
    e = shared_memory.ShareableList()
    print(list(e), len(e), e.shm.size)
    for s in (other, sl, e):
        s.shm.close()
    sl.shm.unlink()
    e.shm.unlink()
