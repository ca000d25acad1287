sitrepSearchData("terms/t-bui",{"building":"QNXd8","built":"VEKd8"});
