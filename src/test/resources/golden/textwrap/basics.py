import textwrap
s = "The quick brown fox jumps over the lazy dog. " * 4
print(textwrap.fill(s, width=30))
print(textwrap.wrap("hello-world foo-bar baz " * 3, 12))
print(textwrap.dedent("   a\n    b\n   c"))
print(textwrap.indent("x\ny\n", "> "))
print(textwrap.shorten("Hello  world! How are you?", width=15))
print(textwrap.fill("a" * 40, 10, initial_indent="* ", subsequent_indent="  "))
