# coding: utf-8
# A name with the bad byte after a valid start.
abÃ©ğŸ = 1
