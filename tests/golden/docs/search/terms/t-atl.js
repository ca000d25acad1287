sitrepSearchData("terms/t-atl",{"atlantic":"QCMja"});
