sitrepSearchData("terms/t-tim",{"time":"QNXd8"});
