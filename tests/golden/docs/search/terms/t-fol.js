sitrepSearchData("terms/t-fol",{"followed":"RPzi8","following":"QNXd8"});
