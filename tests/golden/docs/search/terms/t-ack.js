sitrepSearchData("terms/t-ack",{"acknowledged":"RPzi8","acknowledging":"RPzi8","acknowledgment":"QNXd8"});
