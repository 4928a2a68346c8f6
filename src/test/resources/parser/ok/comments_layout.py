# a comment at the top

x = (1 +   # comment inside brackets
     2)
y = [
    1,
    2,  # trailing comment
    3,
]
z = x + \
    y
if x:
    # comment at other indentation
        # another
    pass


    # blank lines and comments between
    y = 1
def f():
	return 1  # tab indented
class K:
  def m(self):
      if True:
            return 1
      return 2
s = '''
  inside triple
'''; t = 1
u = {
    'a': 1,
        'b': 2,
}
