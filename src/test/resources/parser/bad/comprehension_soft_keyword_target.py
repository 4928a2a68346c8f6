ps = [P() for _ i=n range(4)]
