sitrepSearchData("terms/t-wes",{"western":"FFSlxoGONhgGEd8CWBh8"});
