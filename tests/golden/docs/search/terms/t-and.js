sitrepSearchData("terms/t-and",{"andriy":"SPL48"});
