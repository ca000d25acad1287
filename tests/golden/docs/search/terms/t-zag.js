sitrepSearchData("terms/t-zag",{"zagorodnyuk":"SPL48"});
