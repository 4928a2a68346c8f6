# Argument checks found different from CPython by ProgramFuzzTest's differential corpus.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ':', e)

t('format None spec', lambda: format(-2**63, None))
t('format int spec', lambda: format(1.5, 3))
t('str encoding list', lambda: str(None, []))
t('str errors int', lambda: str(b'x', 'utf-8', 3))
t('str None utf-8', lambda: str(None, 'utf-8'))
t('0 / -big', lambda: 0 / -10**30)
t('False / -big', lambda: False / -10**30)
t('0 / big', lambda: 0 / 10**30)
t('-0 / -5', lambda: -0 / -5)
t('0 / -5', lambda: 0 / -5)
t('big / -big', lambda: 10**30 / -10**31)
t('str encoding None', lambda: str(b'x', None))
t('bytes errors None', lambda: bytes('x', 'utf-8', None))
