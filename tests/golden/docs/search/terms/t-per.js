sitrepSearchData("terms/t-per",{"personnel":"QNXd8"});
