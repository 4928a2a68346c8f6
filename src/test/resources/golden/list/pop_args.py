# list.pop's argument conversion and str.find's argument order (found by ProgramFuzzTest's differential corpus).
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ':', e)

t('pop str on empty', lambda: [].pop('a'))
t('pop list', lambda: [1].pop([1]))
t('pop huge', lambda: [1].pop(2**70))
t('pop -huge', lambda: [1].pop(-2**70))
t('pop empty', lambda: [].pop(0))
t('pop out of range', lambda: [1, 2].pop(-3))
t('pop bool', lambda: [1, 2].pop(True))
t('pop last', lambda: [1, 2, 3].pop())
t('pop negative', lambda: [1, 2, 3].pop(-3))
t('str.index list args', lambda: 'Hello'.index([2], [1.5]))
t('str.find bad start', lambda: 'Hello'.find(3, 'x'))
t('str.find bad sub', lambda: 'Hello'.find(3, 1))
t('str.rfind ok', lambda: 'Hello'.rfind('l', 0, 4))
