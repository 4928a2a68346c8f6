# coding: utf-8
s = f"ab{1}écd"
