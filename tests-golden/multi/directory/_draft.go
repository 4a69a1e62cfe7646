package main

this file is ignored: its name starts with an underscore
