sitrepSearchData("terms/t-set",{"set":"RPzi8","settlements":"QNXd8xxE58"});
