-- The exercise screen with a code exercise (golden images).
return sq.module("exercises").level("code")
