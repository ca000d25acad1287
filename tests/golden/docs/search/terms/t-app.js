sitrepSearchData("terms/t-app",{"appear":"QNXd8","appears":"RPzi8"});
