# Assigning NaN or infinity into an int64 array (found by ProgramFuzzTest's differential corpus).
import numpy as np
for label, v, where in [('inf slice', float('inf'), slice(1, None)), ('nan item', float('nan'), 1),
                        ('-inf item', float('-inf'), 0), ('finite', 2.9, 2)]:
    a = np.arange(4)
    try:
        a[where] = v
        print(label, a)
    except Exception as e:
        print(label, type(e).__name__ + ':', e)
