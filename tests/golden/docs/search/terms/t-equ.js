sitrepSearchData("terms/t-equ",{"equip":"HPMi8","equipment":"FFSl8yFVt8QEx48"});
