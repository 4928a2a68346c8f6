# try/except counts two blocks in a handler (the handler and its cleanup).
def f():
    try:
        raise ValueError
    except ValueError as e:
        for x0 in [1]:
            for x1 in [1]:
                for x2 in [1]:
                    for x3 in [1]:
                        for x4 in [1]:
                            for x5 in [1]:
                                for x6 in [1]:
                                    for x7 in [1]:
                                        for x8 in [1]:
                                            for x9 in [1]:
                                                for x10 in [1]:
                                                    for x11 in [1]:
                                                        for x12 in [1]:
                                                            for x13 in [1]:
                                                                for x14 in [1]:
                                                                    for x15 in [1]:
                                                                        for x16 in [1]:
                                                                            for x17 in [1]:
                                                                                for x18 in [1]:
                                                                                    return 'unreachable'
