sitrepSearchData("terms/t-pur",{"purpose":"VEKd8"});
