a = 'single' "double" '''triple
quoted''' """another
one"""
b = 'it\'s' "say \"hi\"" 'a"b' "a'b" 'both \' and "'
c = '\n\t\r\a\b\f\v\\\0\x41\101\u00e9\U0001F600\N{BULLET}'
d = r'raw\n' R"raw\"q"
d2 = rb'\x00' Rb"x" bR'y' BR"z"
e = b'bytes\x00\xff\n' B"\101\777"
f = 'unknown \d escape' 'line\
continued'
g = 'caf\u00e9 ünïcödé 日本 \x7f \x80 \xa0 \u200b'
h = ''
i = """"quoted" inside"""
j = '''it's'''
k = 'tab\there' "bell\x07"
