sitrepSearchData("terms/t-5",{"5":"VEKd8"});
