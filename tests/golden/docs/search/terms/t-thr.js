sitrepSearchData("terms/t-thr",{"threadbare":"QNXd8","threading":"NRB88","three":"NRB88","throughout":"QNXd8","throw":"QNXd8"});
