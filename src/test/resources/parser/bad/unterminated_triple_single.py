s = '''abc


more
