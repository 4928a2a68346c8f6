# bytes % args (PEP 461), found missing by ProgramFuzzTest's differential corpus.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ':', e)

t('no spec int', lambda: b'abc' % 1)
t('no spec str', lambda: b'abc' % '')
t('no spec empty tuple', lambda: b'abc' % ())
t('no spec tuple', lambda: b'abc' % (1,))
t('no spec list', lambda: b'abc' % [])
t('no spec dict', lambda: b'abc' % {})
t('no spec bytes', lambda: b'abc' % b'x')
t('bytearray', lambda: bytearray(b'x=%d') % 5)
t('%s bytes', lambda: b'<%s|%b>' % (b'ab', bytearray(b'cd')))
t('%s int', lambda: b'%s' % 3)
t('%s str', lambda: b'%s' % 'x')
t('%r %a', lambda: b'%r %a' % ('\u00e9', b'x'))
t('numbers', lambda: b'%d %05.2f %x %e %i' % (7, 2.5, 255, 1e10, True))
t('width', lambda: b'[%5s|%-4s]' % (b'ab', b'c'))
t('%%', lambda: b'100%% %d' % 1)
t('mapping', lambda: b'%(a)s-%(b)d' % {b'a': b'x', b'b': 2})
t('too few', lambda: b'%s %s' % (b'a',))
t('too many', lambda: b'%s' % (b'a', b'b'))
t('bad spec', lambda: b'%y' % 1)
t('%c int', lambda: b'%c' % 65)
t('%c big', lambda: b'%c' % 300)
t('bytes.__mod__ of str', lambda: b'%d' % 'x')
