sitrepSearchData("terms/t-ack",{"acknowledged":"FFSl8","acknowledging":"FFSl8","acknowledgment":"HPMi8"});
