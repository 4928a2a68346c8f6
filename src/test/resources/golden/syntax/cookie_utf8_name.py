# coding: utf-8
éabc = 1
