sitrepSearchData("terms/t-tre",{"treaty":"QCMja"});
