sitrepSearchData("terms/t-sym",{"symbol":"QNXd8xxE58","symbolic":"RPzi8"});
