-- dofile reads any file on the machine.
dofile("/etc/passwd")
