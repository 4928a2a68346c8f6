# multiprocessing.shared_memory.SharedMemory: create, attach by name (in this process, in fork and
# spawn children, passed by name or as the object), buf reads and writes, close, unlink.
import multiprocessing as mp
from multiprocessing import shared_memory


def fill(name, start):
    shm = shared_memory.SharedMemory(name=name)
    shm.buf[start:start + 4] = bytes([start + k for k in range(4)])
    shm.close()


def double(shm):
    for k in range(len(shm.buf)):
        shm.buf[k] = (shm.buf[k] * 2) % 256
    shm.close()


if __name__ == '__main__':
    shm = shared_memory.SharedMemory(create=True, size=16)
    print(shm.name.startswith('psm_'), shm.size, len(shm.buf), bytes(shm.buf[:4]))
    shm.buf[0] = 255
    shm.buf[1:3] = b'AB'
    print(shm.buf[0], bytes(shm.buf[:4]), shm.buf[-1])
    other = shared_memory.SharedMemory(shm.name)
    print('attached', other.size, bytes(other.buf[:3]))
    other.buf[3] = 7
    print('seen by the first', shm.buf[3])
    other.close()
    for method, start in (('fork', 4), ('spawn', 8)):
        ctx = mp.get_context(method)
        p = ctx.Process(target=fill, args=(shm.name, start))
        p.start()
        p.join()
        print(method, 'child wrote', list(shm.buf[start:start + 4]), p.exitcode)
    p = mp.get_context('spawn').Process(target=double, args=(shm,))
    p.start()
    p.join()
    print('passed as the object', shm.buf.tolist())
    for bad in (lambda: shm.buf.__setitem__(0, 256), lambda: shm.buf.__setitem__(slice(0, 2), b'x'),
                lambda: shm.buf[16]):
        try:
            bad()
        except (ValueError, IndexError) as e:
            print(type(e).__name__, e)
    name = shm.name
    shm.close()
    print('buf after close:', shm.buf)
    shm.unlink()
    try:
        shared_memory.SharedMemory(name)
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno)
    for kw in ({'create': True, 'size': 0}, {'size': -1}, {}):
        try:
            shared_memory.SharedMemory(**kw)
        except ValueError as e:
            print('ValueError', e)
    a = shared_memory.SharedMemory('gilkit_golden_shm', create=True, size=8)
    try:
        shared_memory.SharedMemory('gilkit_golden_shm', create=True, size=8)
    except FileExistsError as e:
        print('FileExistsError', e.errno)
    a.close()
    a.unlink()
