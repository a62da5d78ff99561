-- The exercise screen with a fill exercise (golden images).
return sq.module("exercises").level("fill")
