sitrepSearchData("terms/t-som",{"some":"QNXd8xxE58"});
