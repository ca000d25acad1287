sitrepSearchData("terms/t-del",{"delayed":"QNXd8","deliberate":"NRB88","deliveries":"RPzi8","delivery":"RPzi8"});
