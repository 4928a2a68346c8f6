# hashlib.new with names of the wrong type (found by ProgramFuzzTest's differential corpus).
import hashlib
for name in [3, None, bytearray(b'x'), b'sha1', 'nope', ['a'], {}, 'SHA256']:
    try:
        print(repr(name), hashlib.new(name).name)
    except Exception as e:
        print(repr(name), type(e).__name__ + ':', e)
