sitrepSearchData("terms/t-all",{"alliance":"QCMja"});
