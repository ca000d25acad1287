sitrepSearchData("terms/t-sil",{"silence":"QNXd8"});
