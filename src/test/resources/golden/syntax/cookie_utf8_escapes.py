# coding: utf-8
s = "ab\\n√©Ècd"
