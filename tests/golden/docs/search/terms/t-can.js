sitrepSearchData("terms/t-can",{"can":"QNXdoxxE5g","canada":"HGRk8","cannons":"VNRl8yF_e8"});
