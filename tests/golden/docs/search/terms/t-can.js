sitrepSearchData("terms/t-can",{"can":"FFSlgyFVto","canada":"HGRk8","cannons":"VNRl8yF_e8"});
