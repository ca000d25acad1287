sitrepSearchData("terms/t-lar",{"largely":"RPzi8","largest":"QNXd8"});
