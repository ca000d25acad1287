sitrepSearchData("terms/t-maj",{"major":"QNXd8xxE58"});
