# coding: utf-8
s = r"ab\\nécd"
