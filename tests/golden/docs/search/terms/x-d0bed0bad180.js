sitrepSearchData("terms/x-d0bed0bad180",{"окрема":"JzHi2HLH22"});
