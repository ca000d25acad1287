sitrepSearchData("terms/x-d0b1d180d0b8",{"бригада":"JzHi2HLH22"});
