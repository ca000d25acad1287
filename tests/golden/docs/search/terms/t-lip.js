sitrepSearchData("terms/t-lip",{"lipped":"QNXd8"});
