i = [y forx in z if x for y in x]
