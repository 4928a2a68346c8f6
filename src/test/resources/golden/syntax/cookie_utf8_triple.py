# coding: utf-8
s = """ab
cdâ‚"""
